package vn.phoihop.web.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How much one user may write and how large a JSON body may be (docs/limits.md). The defaults leave a load test of
 * a few hundred writes per second by each of a handful of users untouched and stop a runaway script or a loop.
 *
 * @param writesPerSecond writes (POST, PUT, PATCH, DELETE) a user may make per second, sustained; 0 turns the limit
 *     off
 * @param writeBurst writes a user may make at once after being idle
 * @param jsonBody the largest JSON request body, declared or counted while reading
 */
@ConfigurationProperties("phoihop.limits")
public record LimitSettings(Integer writesPerSecond, Integer writeBurst, DataSize jsonBody) {

    public LimitSettings {
        writesPerSecond = writesPerSecond == null ? 200 : writesPerSecond;
        // a bucket smaller than one write would refuse every write
        writeBurst = writeBurst == null ? 2 * writesPerSecond : Math.max(1, writeBurst);
        jsonBody = jsonBody == null ? DataSize.ofKilobytes(256) : jsonBody;
    }

    public boolean limitsWrites() {
        return writesPerSecond > 0;
    }

}
