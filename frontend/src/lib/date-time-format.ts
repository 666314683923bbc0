/**
 * One Intl.DateTimeFormat per locale and options, made once. Making one looks up the time zone's rules and the
 * locale's data (about a millisecond on a phone); the group finder formats a few hundred dates per page, which made
 * that lookup its biggest cost.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}
