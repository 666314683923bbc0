package nl.zelfhulpwijzer.directory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import nl.zelfhulpwijzer.common.error.FieldError;
import nl.zelfhulpwijzer.common.error.Conflict;
import nl.zelfhulpwijzer.common.error.InvalidInput;
import nl.zelfhulpwijzer.common.error.NotFound;
import nl.zelfhulpwijzer.common.error.RuleViolation;
import nl.zelfhulpwijzer.common.ratelimit.RateLimiter;
import nl.zelfhulpwijzer.common.security.Sha256;

/**
 * The queue of reports that a group's data is wrong: anyone files one, a coordinator resolves or rejects it. Filing
 * is public, so every attempt is counted per client address (hashed) in PostgreSQL, across all instances: 429 beyond
 * {@code directory.reports-per-address-per-ten-minutes}.
 */
@ApplicationScoped
public class DirectoryReports {

    static final int MAX_OPEN_REPORTS_PER_GROUP = 50;

    @Inject
    Clock clock;

    @Inject
    Validator validator;

    @Inject
    RateLimiter limiter;

    @Inject
    DirectoryConfig config;

    /** {@code clientAddress}: the caller's network address, only counted as a hash, never stored. */
    @Transactional
    public DirectoryReport report(String groupSlug, ReportWrite input, String clientAddress) {
        limiter.hit("report-address:" + Sha256.hex(clientAddress == null ? "" : clientAddress),
                config.reportsPerAddressPerTenMinutes(), Duration.ofMinutes(10));
        SelfHelpGroup group = DirectoryLookups.group(groupSlug);
        List<FieldError> errors = DirectoryValidation.check(validator, input);
        Meeting meeting = null;
        if (input.meetingSlug() != null && !input.meetingSlug().isBlank()) {
            meeting = Meeting.<Meeting>find("slug = ?1 and group.id = ?2", input.meetingSlug(), group.id).firstResult();
            if (meeting == null) {
                errors.add(new FieldError("meetingSlug", "Deze bijeenkomst hoort niet bij deze groep."));
            }
        }
        String message = InputText.blankToNull(input.message());
        if (input.reason() == ReportReason.OTHER && message == null) {
            errors.add(new FieldError("message", "Schrijf kort wat er niet klopt."));
        }
        DirectoryValidation.failOn(errors);
        if (DirectoryReport.count("group.id = ?1 and status = ?2", group.id, ReportStatus.OPEN) >= MAX_OPEN_REPORTS_PER_GROUP) {
            throw new RuleViolation(
                    "Over deze groep staan al veel meldingen open. Probeer het later opnieuw.");
        }
        DirectoryReport report = new DirectoryReport();
        report.group = group;
        report.meeting = meeting;
        report.reason = input.reason();
        report.message = message;
        report.createdAt = clock.instant();
        report.persist();
        return report;
    }

    @Transactional
    public DirectoryReport handleReport(long id, ReportStatus status, String user) {
        DirectoryReport report = DirectoryReport.<DirectoryReport>findByIdOptional(id)
                .orElseThrow(() -> new NotFound("Er is geen melding met nummer " + id + "."));
        if (status == ReportStatus.OPEN) {
            throw new InvalidInput(List.of(new FieldError("status", "Kies RESOLVED of REJECTED.")));
        }
        if (report.status != ReportStatus.OPEN) {
            throw new Conflict("Deze melding is al afgehandeld.");
        }
        report.status = status;
        report.handledBy = user;
        report.handledAt = clock.instant();
        return report;
    }
}
