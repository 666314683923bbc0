/**
 * Information sheets (voorlichting, issue 15): per group and organisation (B1, next meetings, "gecontroleerd op", a
 * warning when data are old), an easy-read variant (003 style, Lucide pictograms, SOS card), a family variant, a work
 * sheet per pathway step, a waiting-room poster with a QR code to the group finder and the client's referral sheet (with
 * the check-in QR code only where the client consented); each as a web page and as a tagged PDF (language nl, embedded
 * fonts, parsed once: {@link nl.zelfhulpwijzer.sheets.SheetFonts}). Reads the directory only through DirectoryQueries,
 * the pathways through PathwayService and referrals through Referrals. The texts that are not in the data are versioned content ({@link nl.zelfhulpwijzer.sheets.SheetTexts},
 * common/versioning), seeded by V80 and V115 with their sources and edited by coordinators; easy-read texts must keep
 * {@link nl.zelfhulpwijzer.sheets.EasyReadRules}. Published: {@link nl.zelfhulpwijzer.sheets.Sheets},
 * {@link nl.zelfhulpwijzer.sheets.SheetRenderer}, {@link nl.zelfhulpwijzer.sheets.SheetTexts}.
 */
package nl.zelfhulpwijzer.sheets;
