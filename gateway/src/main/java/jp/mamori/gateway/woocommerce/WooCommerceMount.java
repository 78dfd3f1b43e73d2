package jp.mamori.gateway.woocommerce;

import jp.mamori.gateway.shops.WooShopDirectory;
import jp.mamori.woocommerce.WooDeliveryHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Mounts the WooCommerce bridge: its deliveries are worked off by the gateway's inbox. */
@Configuration(proxyBeanMethods = false)
public class WooCommerceMount {

    @Bean
    WooDeliveryHandler wooDeliveryHandler(WooShopDirectory shops) {
        return new WooDeliveryHandler(shops);
    }
}
