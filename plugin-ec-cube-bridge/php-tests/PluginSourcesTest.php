<?php

declare(strict_types=1);

namespace Mamori42\Tests;

use PHPUnit\Framework\TestCase;

/**
 * What can be checked of the EC-CUBE-bound parts without EC-CUBE: the package manifest EC-CUBE
 * reads, where each class lives, and that the plugin parses on the oldest PHP EC-CUBE 4.2 supports
 * (7.4) although CI lints it with a newer one.
 */
final class PluginSourcesTest extends TestCase
{
    /**
     * @return string[] plugin-relative paths of every PHP file of the plugin
     */
    private static function pluginPhpFiles(): array
    {
        $files = [];
        $iterator = new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator(MAMORI42_PLUGIN_ROOT, \FilesystemIterator::SKIP_DOTS));
        foreach ($iterator as $file) {
            if ('php' === $file->getExtension()) {
                $files[] = substr($file->getPathname(), strlen(MAMORI42_PLUGIN_ROOT) + 1);
            }
        }
        sort($files);

        return $files;
    }

    /**
     * @return array<string, array{0: string}>
     */
    public static function phpFiles(): array
    {
        $cases = [];
        foreach (self::pluginPhpFiles() as $file) {
            $cases[$file] = [$file];
        }

        return $cases;
    }

    public function testTheManifestIsWhatEcCubeReads(): void
    {
        $json = json_decode((string) file_get_contents(MAMORI42_PLUGIN_ROOT.'/composer.json'), true);

        self::assertIsArray($json, 'composer.json must be JSON');
        self::assertSame('eccube-plugin', $json['type']);
        self::assertSame('Mamori42', $json['extra']['code']);
        self::assertSame('ec-cube/mamori42', $json['name'], 'EC-CUBE names a plugin package ec-cube/<code in lower case>');
        self::assertMatchesRegularExpression('/^\d+\.\d+\.\d+$/', $json['version'], 'EC-CUBE refuses a plugin without a version');
        self::assertArrayHasKey('ec-cube/api42', $json['require']);
        self::assertNotEmpty($json['description'], 'EC-CUBE shows the description as the plugin name');
    }

    public function testThereArePluginFilesToCheck(): void
    {
        self::assertContains('PluginManager.php', self::pluginPhpFiles());
        self::assertContains('GraphQL/Mutation/UpdateOrderScreeningMutation.php', self::pluginPhpFiles());
    }

    /**
     * @dataProvider phpFiles
     */
    public function testEachClassLivesWhereEcCubeAutoloadsIt(string $file): void
    {
        $tokens = token_get_all((string) file_get_contents(MAMORI42_PLUGIN_ROOT.'/'.$file));
        $namespace = self::nameAfter($tokens, T_NAMESPACE);
        $class = self::nameAfter($tokens, T_CLASS) ?? self::nameAfter($tokens, T_TRAIT) ?? self::nameAfter($tokens, T_INTERFACE);

        $expected = 'Plugin\\Mamori42'.('.' === dirname($file) ? '' : '\\'.str_replace('/', '\\', dirname($file)));
        self::assertSame($expected, $namespace, $file.': app/Plugin/ is autoloaded PSR-4 as Plugin\\');
        self::assertSame(basename($file, '.php'), $class);
    }

    /**
     * @dataProvider phpFiles
     */
    public function testParsesOnPhp74(string $file): void
    {
        $source = (string) file_get_contents(MAMORI42_PLUGIN_ROOT.'/'.$file);
        $problems = [];

        $tokens = array_values(array_filter(token_get_all($source), static function ($token): bool {
            return !is_array($token) || !in_array($token[0], [T_WHITESPACE, T_COMMENT, T_DOC_COMMENT], true);
        }));
        $php8Tokens = [];
        foreach (['T_MATCH' => 'match', 'T_NULLSAFE_OBJECT_OPERATOR' => '?->', 'T_ATTRIBUTE' => '#[...]', 'T_ENUM' => 'enum', 'T_READONLY' => 'readonly'] as $name => $what) {
            if (defined($name)) {
                $php8Tokens[constant($name)] = $what;
            }
        }

        foreach ($tokens as $i => $token) {
            if (is_array($token) && isset($php8Tokens[$token[0]])) {
                // In PHP 8 `match` and `enum` are keywords only where they start an expression or a
                // declaration; as a method or constant name after -> or :: they are plain names.
                $previous = $tokens[$i - 1] ?? null;
                if (!(is_array($previous) && in_array($previous[0], [T_OBJECT_OPERATOR, T_DOUBLE_COLON, T_FUNCTION, T_CONST], true))) {
                    $problems[] = $php8Tokens[$token[0]].' on line '.$token[2];
                }
            }
            if (is_array($token) && T_STRING === $token[0]
                && in_array(strtolower($token[1]), ['str_contains', 'str_starts_with', 'str_ends_with', 'get_debug_type', 'array_is_list'], true)
                && '(' === ($tokens[$i + 1] ?? null)) {
                $problems[] = $token[1].'() on line '.$token[2];
            }
            if (':' === $token && is_array($tokens[$i + 1] ?? null)
                && in_array(strtolower($tokens[$i + 1][1]), ['mixed', 'never', 'static'], true)
                && ')' === ($tokens[$i - 1] ?? null)) {
                $problems[] = 'return type '.$tokens[$i + 1][1].' on line '.$tokens[$i + 1][2];
            }
            if (is_array($token) && T_CATCH === $token[0]) {
                $j = $i + 2;
                while (isset($tokens[$j]) && ')' !== $tokens[$j] && !(is_array($tokens[$j]) && T_VARIABLE === $tokens[$j][0])) {
                    ++$j;
                }
                if (!isset($tokens[$j]) || ')' === $tokens[$j]) {
                    $problems[] = 'catch without a variable on line '.$token[2];
                }
            }
            if (is_array($token) && T_FUNCTION === $token[0]) {
                $problems = array_merge($problems, self::parameterListProblems($tokens, $i));
            }
        }

        self::assertSame([], $problems, $file.' uses PHP 8 syntax; EC-CUBE 4.2 runs on PHP 7.4');
    }

    /**
     * Constructor promotion and a trailing comma after the last parameter are PHP 8.0.
     *
     * @param array<int, mixed> $tokens
     *
     * @return string[]
     */
    private static function parameterListProblems(array $tokens, int $function): array
    {
        $open = $function + 1;
        while (isset($tokens[$open]) && '(' !== $tokens[$open]) {
            if ('{' === $tokens[$open] || ';' === $tokens[$open]) {
                return [];
            }
            ++$open;
        }
        $problems = [];
        $depth = 0;
        for ($j = $open; isset($tokens[$j]); ++$j) {
            $token = $tokens[$j];
            if ('(' === $token || '[' === $token) {
                ++$depth;
            } elseif (')' === $token || ']' === $token) {
                --$depth;
                if (0 === $depth) {
                    if (',' === $tokens[$j - 1]) {
                        $problems[] = 'a trailing comma in a parameter list';
                    }
                    break;
                }
            } elseif (1 === $depth && is_array($token) && in_array($token[0], [T_PUBLIC, T_PROTECTED, T_PRIVATE], true)) {
                $problems[] = 'constructor promotion on line '.$token[2];
            }
        }

        return $problems;
    }

    /**
     * @return array<string, array{0: string}>
     */
    public static function ruleFiles(): array
    {
        return array_filter(self::phpFiles(), static function (string $file): bool {
            return 0 === strpos($file, 'Screening/');
        }, ARRAY_FILTER_USE_KEY);
    }

    /**
     * @dataProvider ruleFiles
     */
    public function testTheRulesNeedNoEcCube(string $file): void
    {
        $code = '';
        foreach (token_get_all((string) file_get_contents(MAMORI42_PLUGIN_ROOT.'/'.$file)) as $token) {
            if (!is_array($token)) {
                $code .= $token;
            } elseif (!in_array($token[0], [T_COMMENT, T_DOC_COMMENT], true)) {
                $code .= $token[1];
            }
        }

        foreach (['Eccube\\', 'Symfony\\', 'Doctrine\\', 'GraphQL\\', 'Plugin\\Api42', 'Twig\\'] as $namespace) {
            self::assertStringNotContainsString($namespace, $code, $file.' must run without EC-CUBE');
        }
    }

    /**
     * @param array<int, mixed> $tokens
     */
    private static function nameAfter(array $tokens, int $kind): ?string
    {
        foreach ($tokens as $i => $token) {
            if (!is_array($token) || $token[0] !== $kind) {
                continue;
            }
            // `Foo::class` is not a class declaration.
            $previous = $tokens[$i - 1] ?? null;
            if (is_array($previous) && T_DOUBLE_COLON === $previous[0]) {
                continue;
            }
            $name = '';
            for ($j = $i + 1; isset($tokens[$j]) && ';' !== $tokens[$j] && '{' !== $tokens[$j]; ++$j) {
                if (is_array($tokens[$j]) && T_WHITESPACE !== $tokens[$j][0]) {
                    $name .= $tokens[$j][1];
                }
                if (T_NAMESPACE !== $kind && '' !== $name) {
                    break;
                }
            }

            return '' === $name ? null : $name;
        }

        return null;
    }
}
