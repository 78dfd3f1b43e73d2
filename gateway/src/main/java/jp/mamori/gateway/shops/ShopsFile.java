package jp.mamori.gateway.shops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import jp.mamori.gateway.MamoriProperties;
import jp.mamori.gateway.storage.Merchants;
import jp.mamori.gateway.web.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Connects the shops listed in {@code mamori.shops-file} at start, as if each had been sent to
 * {@code PUT /admin/shops/{shop}}. Secrets are written as {@code ${ENV_VAR}} references, resolved
 * from the environment when the file is read, and stored sealed like any other. A file with a
 * mistake stops the start with a message naming the shop and the field.
 */
@Component
@Order(2)
public class ShopsFile implements ApplicationRunner {

    private static final JsonMapper TREES = JsonMapper.builder().build();
    private static final Logger log = LoggerFactory.getLogger(ShopsFile.class);

    private final MamoriProperties properties;
    private final Environment environment;
    private final ShopRecords shops;
    private final List<ShopDirectory> directories;
    private final Merchants merchants;
    private final Clock clock;

    public ShopsFile(MamoriProperties properties, Environment environment, ShopRecords shops, List<ShopDirectory> directories,
                     Merchants merchants, Clock clock) {
        this.properties = properties;
        this.environment = environment;
        this.shops = shops;
        this.directories = directories;
        this.merchants = merchants;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int connected = load();
        if (connected > 0) {
            log.info("Connected {} shop(s) from {}", connected, properties.shopsFile());
        }
    }

    /** Loads the file, if one is configured; answers how many shops it connected. */
    int load() {
        Path file = properties.shopsFile();
        if (file == null) {
            return 0;
        }
        Map<String, Object> listed = read(file);
        for (Map.Entry<String, Object> entry : listed.entrySet()) {
            String shop = entry.getKey();
            JsonNode settings = TREES.valueToTree(entry.getValue());
            ShopRequestReader.StoredShopInput input;
            try {
                input = ShopRequestReader.read(shop, settings, properties.allowInsecureShopUrls());
            } catch (ApiProblem problem) {
                throw new IllegalStateException(file + ": shop " + shop + ": " + problem.errors(), problem);
            }
            if (merchants.find(input.config().merchantId()).blockOptional().isEmpty()) {
                throw new IllegalStateException(file + ": shop " + shop + ": merchant_id names no merchant");
            }
            shops.put(input.config(), input.secrets(), clock.instant()).block();
            directories.forEach(directory -> directory.forget(shop));
        }
        return listed.size();
    }

    private Map<String, Object> read(Path file) {
        try {
            // Placeholders are resolved in the text, so a secret never has to be written in the file.
            String text = environment.resolveRequiredPlaceholders(Files.readString(file, StandardCharsets.UTF_8));
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
            if (!(root instanceof Map<?, ?> map) || !(map.get("shops") instanceof Map<?, ?> listed)) {
                throw new IllegalStateException(file + ": expected a top-level 'shops:' mapping of shop id to settings");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> shopsById = (Map<String, Object>) listed;
            return shopsById;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
