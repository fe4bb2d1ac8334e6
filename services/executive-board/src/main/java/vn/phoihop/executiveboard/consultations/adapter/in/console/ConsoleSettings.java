package vn.phoihop.executiveboard.consultations.adapter.in.console;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cadreBoardUrl}: where the cadre board's console runs. The dossier's documents stay there, behind its
 * sign-in (the same user names), so the console links to them instead of copying them.
 */
@ConfigurationProperties("phoihop.console")
record ConsoleSettings(@DefaultValue("http://localhost:8081") URI cadreBoardUrl) {

    String documentUrl(String sha256) {
        return cadreBoardUrl.toString().replaceAll("/+$", "") + "/documents/" + sha256;
    }

}
