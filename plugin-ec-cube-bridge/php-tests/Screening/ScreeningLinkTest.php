<?php

declare(strict_types=1);

namespace Mamori42\Tests\Screening;

use PHPUnit\Framework\TestCase;
use Plugin\Mamori42\Screening\ScreeningLink;

final class ScreeningLinkTest extends TestCase
{
    public function testReplacesThePlaceholderWithTheEncodedId(): void
    {
        self::assertSame(
            'https://mamori.example.jp/review?screening=scr%3A1&from=ec-cube',
            ScreeningLink::forScreening('https://mamori.example.jp/review?screening={screening_id}&from=ec-cube', 'scr:1')
        );
    }

    public function testAUrlWithoutThePlaceholderIsLinkedAsItIs(): void
    {
        self::assertSame('https://mamori.example.jp/queue', ScreeningLink::forScreening(' https://mamori.example.jp/queue ', 'scr_1'));
    }

    /**
     * @return array<string, array{0: string|null, 1: bool}>
     */
    public static function urls(): array
    {
        return [
            'https' => ['https://mamori.example.jp/screenings/{screening_id}', true],
            'http with a port' => ['http://192.0.2.10:8080/screenings/{screening_id}', true],
            'upper-case scheme' => ['HTTPS://mamori.example.jp/', true],
            'null' => [null, false],
            'empty' => ['', false],
            'no scheme' => ['mamori.example.jp/screenings', false],
            'javascript' => ['javascript:alert(document.cookie)', false],
            'data' => ['data:text/html,<script>x</script>', false],
            'no host' => ['https:///screenings', false],
            'a quote' => ['https://mamori.example.jp/"onmouseover="x', false],
            'a space' => ['https://mamori.example.jp/a b', false],
            'a line break' => ["https://mamori.example.jp/\nx", false],
            'another brace' => ['https://mamori.example.jp/{id}', false],
            'too long' => ['https://mamori.example.jp/'.str_repeat('a', ScreeningLink::MAX_LENGTH), false],
        ];
    }

    /**
     * @dataProvider urls
     */
    public function testAcceptsOnlyPlainWebUrls(?string $url, bool $acceptable): void
    {
        self::assertSame($acceptable, ScreeningLink::isAcceptable($url));
    }
}
