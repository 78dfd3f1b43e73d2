package jp.mamori.gateway;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * {@code java -jar mamori-gateway.jar doctor <shop> [--url http://localhost:8080]}: asks a running
 * gateway whether it reaches the shop's API with the shop's credentials (a WooCommerce REST API key, an
 * EC-CUBE connection), and prints the answer. Uses
 * {@code MAMORI_ADMIN_TOKEN}; exits 0 when the shop is fine, 1 when it is not, 2 on a usage error.
 */
public final class DoctorCommand {

    static final String NAME = "doctor";

    private DoctorCommand() {
    }

    public static int run(String[] args, String adminToken, PrintStream out) {
        if (args.length < 2 || args.length == 3 || (args.length == 4 && !"--url".equals(args[2])) || args.length > 4) {
            out.println("usage: java -jar mamori-gateway.jar doctor <shop> [--url http://localhost:8080]");
            return 2;
        }
        if (adminToken == null || adminToken.isBlank()) {
            out.println("set MAMORI_ADMIN_TOKEN to the gateway's admin token");
            return 2;
        }
        String base = args.length == 4 ? args[3].replaceAll("/+$", "") : "http://localhost:8080";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/admin/shops/" + args[1] + "/doctor"))
                .header("Authorization", "Bearer " + adminToken)
                .timeout(Duration.ofSeconds(60))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            out.println(response.body());
            boolean fine = response.body().contains("\"rest_api\":\"ok\"") || response.body().contains("\"healthy\":true");
            return response.statusCode() == 200 && fine ? 0 : 1;
        } catch (Exception e) {
            out.println("cannot reach the gateway at " + base + ": " + e.getClass().getSimpleName());
            return 1;
        }
    }
}
