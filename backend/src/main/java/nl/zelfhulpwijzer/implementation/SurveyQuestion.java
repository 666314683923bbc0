package nl.zelfhulpwijzer.implementation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A question of the Bijlage 4 questionnaire (002): shared content, with its citation. */
@Entity
@Table(name = "survey_question")
public class SurveyQuestion extends CitedRecord {

    public enum Kind {
        SCALE, SINGLE, MULTIPLE
    }

    @Id
    public String code;

    public int position;

    public String part;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Kind kind;

    public String text;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] options;

    @Column(name = "max_choices")
    public Integer maxChoices;

    public boolean adapted;

    /** How many values an answer can take: scale points or options. */
    public int valueCount() {
        return kind == Kind.SCALE ? SurveyRules.SCALE_POINTS : options.length;
    }
}
