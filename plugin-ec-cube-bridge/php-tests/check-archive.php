<?php

/*
 * Checks the packaged Mamori42 plugin the way EC-CUBE's installer reads an uploaded archive
 * (PluginService::install: PharData extracts it, then composer.json at its root must give
 * `version` and `extra.code`), and that it holds exactly the plugin's files.
 *
 * Usage: php check-archive.php target/Mamori42-<version>.tgz
 */

declare(strict_types=1);

$archive = $argv[1] ?? '';
$pluginRoot = dirname(__DIR__).'/ec-cube-plugin';
$problems = [];

if (!is_file($archive)) {
    fwrite(STDERR, "check-archive: no archive at '$archive'\n");
    exit(1);
}

$listing = static function (string $dir): array {
    $files = [];
    $iterator = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($dir, FilesystemIterator::SKIP_DOTS));
    foreach ($iterator as $file) {
        $files[] = substr($file->getPathname(), strlen($dir) + 1);
    }
    sort($files);

    return $files;
};

$extracted = sys_get_temp_dir().'/mamori42-archive-'.bin2hex(random_bytes(6));
mkdir($extracted, 0700);
try {
    // EC-CUBE keeps the uploaded file's extension for the same reason: PharData goes by it.
    (new PharData($archive))->extractTo($extracted, null, true);

    $json = json_decode((string) @file_get_contents($extracted.'/composer.json'), true);
    if (!is_array($json)) {
        $problems[] = 'no readable composer.json at the root of the archive';
    } else {
        if (($json['extra']['code'] ?? null) !== 'Mamori42') {
            $problems[] = 'composer.json: extra.code is not Mamori42';
        }
        if (($json['type'] ?? null) !== 'eccube-plugin') {
            $problems[] = 'composer.json: type is not eccube-plugin';
        }
        $expectedName = 'Mamori42-'.($json['version'] ?? '?').'.tgz';
        if (basename($archive) !== $expectedName) {
            $problems[] = 'the archive is named '.basename($archive).' but composer.json says '.$expectedName;
        }
    }

    $inArchive = $listing($extracted);
    $inPlugin = $listing($pluginRoot);
    foreach (array_diff($inPlugin, $inArchive) as $missing) {
        $problems[] = 'missing from the archive: '.$missing;
    }
    foreach (array_diff($inArchive, $inPlugin) as $extra) {
        $problems[] = 'in the archive but not in the plugin: '.$extra;
    }
} catch (Throwable $e) {
    $problems[] = 'PharData cannot extract it: '.$e->getMessage();
} finally {
    exec('rm -rf '.escapeshellarg($extracted));
}

if ($problems) {
    fwrite(STDERR, 'check-archive: '.basename($archive).":\n  ".implode("\n  ", $problems)."\n");
    exit(1);
}
echo 'check-archive: '.basename($archive).' installs as Mamori42 ('.count($inArchive)." files)\n";
