package org.doorway.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.doorway.DoorwayException;

/**
 * The anonymous staff key in the event log: an HMAC-SHA256 of platform and
 * user id under a random key made once per installation (the pseudonym_key
 * table, so every instance agrees), cut to 32 hex digits. Without the key the
 * raw id cannot be recovered or guessed from a list of ids. Thread-safe.
 */
final class StaffKeys {
    private final Database database;
    private volatile SecretKeySpec key;

    StaffKeys(Database database) {
        this.database = database;
    }

    String of(String platform, String userId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            byte[] digest = mac.doFinal((platform + "\n" + userId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException missing) {
            throw new DoorwayException("this Java runtime has no HmacSHA256; use a standard JDK 17 or later", missing);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec known = key;
        if (known == null) {
            String secret = database.withHandle(handle -> {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                handle.createUpdate("INSERT INTO pseudonym_key (id, secret) VALUES (1, :secret) ON CONFLICT DO NOTHING")
                        .bind("secret", HexFormat.of().formatHex(fresh)).execute();
                return handle.createQuery("SELECT secret FROM pseudonym_key WHERE id = 1").mapTo(String.class).one();
            });
            known = new SecretKeySpec(HexFormat.of().parseHex(secret), "HmacSHA256");
            key = known;
        }
        return known;
    }
}
