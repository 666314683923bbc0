package nl.zelfhulpwijzer.sheets;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the sheets. */
@ConfigMapping(prefix = "sheets")
public interface SheetsConfig {

    /** Where DejaVuSans.ttf and DejaVuSans-Bold.ttf are (Debian's fonts-dejavu-core, installed by the scripts). */
    @WithDefault("/usr/share/fonts/truetype/dejavu")
    String fontDirectory();
}
