<?php

declare(strict_types=1);

namespace Mamori42\Tests;

use PHPUnit\Framework\TestCase;
use Twig\Environment;
use Twig\Loader\ArrayLoader;
use Twig\Node\Node;
use Twig\Source;
use Twig\Token;
use Twig\TokenParser\AbstractTokenParser;
use Twig\TwigFilter;
use Twig\TwigFunction;

/**
 * The plugin's Twig templates parse, and use only what EC-CUBE's admin provides: Twig itself plus
 * the functions, filters and tags listed here (Symfony's url / form helpers, EC-CUBE's date_min
 * and trans). Rendering needs EC-CUBE; a syntax error or a misspelt filter does not.
 * Twig is Debian's php-twig (scripts/php-check.sh installs it).
 */
final class TemplatesTest extends TestCase
{
    private const TWIG_AUTOLOAD = '/usr/share/php/Twig/autoload.php';

    /**
     * @return array<string, array{0: string}>
     */
    public static function templates(): array
    {
        $cases = [];
        $root = MAMORI42_PLUGIN_ROOT.'/Resource/template';
        $iterator = new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator($root, \FilesystemIterator::SKIP_DOTS));
        foreach ($iterator as $file) {
            if ('twig' === $file->getExtension()) {
                $relative = substr($file->getPathname(), strlen(MAMORI42_PLUGIN_ROOT) + 1);
                $cases[$relative] = [$relative];
            }
        }
        ksort($cases);

        return $cases;
    }

    public function testEveryAdminHookHasItsTemplate(): void
    {
        self::assertSame([
            'Resource/template/admin/config.twig',
            'Resource/template/admin/order_edit_badge.twig',
            'Resource/template/admin/order_index_badges.twig',
        ], array_keys(self::templates()));
    }

    /**
     * @dataProvider templates
     */
    public function testParses(string $template): void
    {
        if (!class_exists(Environment::class)) {
            if (!is_file(self::TWIG_AUTOLOAD)) {
                self::fail('Twig is missing: install Debian\'s php-twig (scripts/php-check.sh does)');
            }
            require_once self::TWIG_AUTOLOAD;
        }

        $twig = new Environment(new ArrayLoader([]), ['strict_variables' => true]);
        $any = static function (): string {
            return '';
        };
        foreach (['url', 'path', 'asset', 'form_widget', 'form_errors', 'form_row', 'form_label', 'form_start', 'form_end', 'csrf_token'] as $function) {
            $twig->addFunction(new TwigFunction($function, $any));
        }
        foreach (['trans', 'date_min', 'date_day', 'date_sec', 'price'] as $filter) {
            $twig->addFilter(new TwigFilter($filter, $any));
        }
        $twig->addTokenParser(new class() extends AbstractTokenParser {
            public function parse(Token $token): Node
            {
                $stream = $this->parser->getStream();
                while (!$stream->test(Token::BLOCK_END_TYPE)) {
                    $stream->next();
                }
                $stream->expect(Token::BLOCK_END_TYPE);

                return new Node([], [], $token->getLine());
            }

            public function getTag(): string
            {
                return 'form_theme';
            }
        });

        $source = new Source((string) file_get_contents(MAMORI42_PLUGIN_ROOT.'/'.$template), $template);
        $module = $twig->parse($twig->tokenize($source));

        self::assertSame($template, $module->getSourceContext()->getName());
    }
}
