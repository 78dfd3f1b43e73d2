package jp.mamori.gateway.eccube;

import jp.mamori.eccube.EcCubeDeliveryHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Mounts the EC-CUBE bridge: its deliveries are worked off by the gateway's inbox. */
@Configuration(proxyBeanMethods = false)
public class EcCubeMount {

    @Bean
    EcCubeDeliveryHandler ecCubeDeliveryHandler(EcCubeShopDirectory shops, EcCubeRecords records, EcCubeProperties properties) {
        return new EcCubeDeliveryHandler(shops, records, properties.reauthorizationWait());
    }
}
