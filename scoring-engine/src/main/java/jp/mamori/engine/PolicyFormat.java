package jp.mamori.engine;

/** How a policy's text is written. YAML for people editing a file, JSON for programs. */
public enum PolicyFormat {
    JSON,
    YAML
}
