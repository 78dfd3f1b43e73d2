package jp.mamori.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The one deployable: HTTP API, authentication, persistence and the scoring engine in one process. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MamoriGateway {

    public static void main(String[] args) {
        if (args.length > 0 && DoctorCommand.NAME.equals(args[0])) {
            System.exit(DoctorCommand.run(args, System.getenv("MAMORI_ADMIN_TOKEN"), System.out));
        }
        SpringApplication.run(MamoriGateway.class, args);
    }
}
