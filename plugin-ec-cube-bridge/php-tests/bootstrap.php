<?php

/*
 * PHPUnit bootstrap for the parts of Mamori42 that run without EC-CUBE.
 *
 * Only the plugin's Screening namespace is autoloadable here, on purpose: a test that reached for
 * an EC-CUBE-bound class of the plugin would fail to load it instead of passing by accident.
 */

declare(strict_types=1);

error_reporting(E_ALL);
ini_set('display_errors', '1');
mb_internal_encoding('UTF-8');
date_default_timezone_set('Asia/Tokyo');

define('MAMORI42_PLUGIN_ROOT', dirname(__DIR__).'/ec-cube-plugin');

spl_autoload_register(static function (string $class): void {
    $prefixes = [
        'Plugin\\Mamori42\\Screening\\' => MAMORI42_PLUGIN_ROOT.'/Screening/',
        'Mamori42\\Tests\\' => __DIR__.'/',
    ];
    foreach ($prefixes as $prefix => $dir) {
        if (0 === strncmp($class, $prefix, strlen($prefix))) {
            $file = $dir.str_replace('\\', '/', substr($class, strlen($prefix))).'.php';
            if (is_file($file)) {
                require $file;
            }

            return;
        }
    }
});
