<?php

declare(strict_types=1);

namespace Mamori42\Tests\Screening;

use PHPUnit\Framework\TestCase;
use Plugin\Mamori42\Screening\InvalidScreeningArgument;
use Plugin\Mamori42\Screening\ScreeningArguments;

final class ScreeningArgumentsTest extends TestCase
{
    /**
     * @return array<string, mixed>
     */
    private static function valid(array $override = []): array
    {
        return array_merge([
            'id' => '1024',
            'screening_id' => 'scr_5f0c6a1e9b2d4c7fa3e81b6d20c94f57',
            'decision' => 'REVIEW',
            'score' => 72,
            'reasons' => "使い捨てメールアドレスのドメインです (EMAIL_DISPOSABLE_DOMAIN)\n配送先が転送サービスの住所です (ADDRESS_FORWARDING_SERVICE)",
            'hold' => true,
        ], $override);
    }

    public function testReadsAValidCall(): void
    {
        $args = ScreeningArguments::fromGraphQL(self::valid());

        self::assertSame(1024, $args->orderId());
        self::assertSame('scr_5f0c6a1e9b2d4c7fa3e81b6d20c94f57', $args->screeningId());
        self::assertSame('REVIEW', $args->decision());
        self::assertSame(72, $args->score());
        self::assertTrue($args->holdRequested());
        self::assertSame([
            '使い捨てメールアドレスのドメインです (EMAIL_DISPOSABLE_DOMAIN)',
            '配送先が転送サービスの住所です (ADDRESS_FORWARDING_SERVICE)',
        ], $args->reasonLines());
    }

    public function testReasonsAndHoldMayBeLeftOut(): void
    {
        $args = ScreeningArguments::fromGraphQL(['id' => '7', 'screening_id' => 'scr_1', 'decision' => 'OK', 'score' => 0]);

        self::assertNull($args->reasons());
        self::assertSame([], $args->reasonLines());
        self::assertFalse($args->holdRequested());
    }

    public function testNullHoldMeansNoHold(): void
    {
        self::assertFalse(ScreeningArguments::fromGraphQL(self::valid(['hold' => null]))->holdRequested());
    }

    public function testAnIntegerIdIsAcceptedToo(): void
    {
        self::assertSame(55, ScreeningArguments::fromGraphQL(self::valid(['id' => 55]))->orderId());
    }

    public function testScoreBoundsAreInclusive(): void
    {
        self::assertSame(0, ScreeningArguments::fromGraphQL(self::valid(['score' => 0]))->score());
        self::assertSame(100, ScreeningArguments::fromGraphQL(self::valid(['score' => 100]))->score());
    }

    /**
     * @return array<string, array{0: array<string, mixed>, 1: string}>
     */
    public static function wrongArguments(): array
    {
        return [
            'id zero' => [['id' => '0'], 'id'],
            'id negative' => [['id' => '-3'], 'id'],
            'id with leading zero' => [['id' => '012'], 'id'],
            'id not a number' => [['id' => 'ORDER-12'], 'id'],
            'id beyond an unsigned INT' => [['id' => '4294967296'], 'id'],
            'id beyond a signed INT' => [['id' => '2147483648'], 'id'],
            'screening id empty' => [['screening_id' => ''], 'screening_id'],
            'screening id with a bracket' => [['screening_id' => 'scr_1]'], 'screening_id'],
            'screening id with a space' => [['screening_id' => 'scr 1'], 'screening_id'],
            'screening id starting with a dash' => [['screening_id' => '-scr'], 'screening_id'],
            'screening id too long' => [['screening_id' => str_repeat('a', 65)], 'screening_id'],
            'decision lower case' => [['decision' => 'review'], 'decision'],
            'decision unknown' => [['decision' => 'HOLD'], 'decision'],
            'score below 0' => [['score' => -1], 'score'],
            'score above 100' => [['score' => 101], 'score'],
            'reasons too long' => [['reasons' => str_repeat('理', ScreeningArguments::REASONS_MAX + 1)], 'reasons'],
            'reasons not text' => [['reasons' => ['a']], 'reasons'],
            'hold not a boolean' => [['hold' => 'yes'], 'hold'],
        ];
    }

    /**
     * @dataProvider wrongArguments
     *
     * @param array<string, mixed> $override
     */
    public function testNamesTheWrongField(array $override, string $field): void
    {
        try {
            ScreeningArguments::fromGraphQL(self::valid($override));
            self::fail('accepted '.json_encode($override));
        } catch (InvalidScreeningArgument $e) {
            self::assertSame([$field], array_keys($e->violations()));
            self::assertStringStartsWith($field.': ', $e->getMessage());
            self::assertStringEndsWith(';', $e->getMessage());
        }
    }

    public function testAScreeningIdOf64CharactersFits(): void
    {
        $id = str_repeat('a', 64);

        self::assertSame($id, ScreeningArguments::fromGraphQL(self::valid(['screening_id' => $id]))->screeningId());
    }

    public function testReportsEveryWrongFieldAtOnceInApi42Style(): void
    {
        try {
            ScreeningArguments::fromGraphQL(['id' => 'x', 'screening_id' => 'scr_1', 'decision' => 'MAYBE', 'score' => 300]);
            self::fail('accepted');
        } catch (InvalidScreeningArgument $e) {
            self::assertSame(['id', 'decision', 'score'], array_keys($e->violations()));
            self::assertSame(
                'id: must be the id of an order (a positive integer);'
                .'decision: must be one of OK, REVIEW, NG;'
                .'score: must be an integer from 0 to 100;',
                $e->getMessage()
            );
        }
    }

    public function testReasonsAreTidiedIntoLines(): void
    {
        $args = ScreeningArguments::fromGraphQL(self::valid([
            'reasons' => "\r\n  IPアドレスが海外です\t(DEVICE_OVERSEAS_IP)  \r\n\r\n短時間に同じカードで複数注文\x07\r",
        ]));

        self::assertSame("  IPアドレスが海外です (DEVICE_OVERSEAS_IP)\n\n短時間に同じカードで複数注文", $args->reasons());
        self::assertSame(['IPアドレスが海外です (DEVICE_OVERSEAS_IP)', '短時間に同じカードで複数注文'], $args->reasonLines());
    }

    public function testBlankReasonsAreNoReasons(): void
    {
        self::assertNull(ScreeningArguments::fromGraphQL(self::valid(['reasons' => " \n\r\n\t"]))->reasons());
    }

    public function testReasonsAtTheLimitAreAccepted(): void
    {
        $reasons = str_repeat('理', ScreeningArguments::REASONS_MAX);

        self::assertSame($reasons, ScreeningArguments::fromGraphQL(self::valid(['reasons' => $reasons]))->reasons());
    }

    public function testInvalidUtf8InReasonsDoesNotSurvive(): void
    {
        $reasons = ScreeningArguments::fromGraphQL(self::valid(['reasons' => "住所\xC3が不完全"]))->reasons();

        self::assertNotNull($reasons);
        self::assertTrue(mb_check_encoding($reasons, 'UTF-8'));
    }
}
