<?php

/*
 * This file is part of Mamori42, the EC-CUBE companion plugin of Mamori.
 */

namespace Plugin\Mamori42\Screening;

/**
 * Whether `hold: true` may move an order, and what became of the request.
 *
 * EC-CUBE has no "on hold" status. Mamori holds an order by moving it from 新規受付 (1) or
 * 入金済み (6) to 対応中 (4): the `packing` transition of EC-CUBE's order state machine, which
 * moves no stock and no points. A held order stays out of the clerk's "new orders" work until
 * someone has looked at it; from 対応中 the state machine only goes on to 発送済み or 注文取消し,
 * so a replayed hold can never undo a clerk's decision.
 */
final class OrderHold
{
    /** Status ids of EC-CUBE's mtb_order_status (Eccube\Entity\Master\OrderStatus). */
    public const STATUS_NEW = 1;
    public const STATUS_CANCEL = 3;
    public const STATUS_IN_PROGRESS = 4;
    public const STATUS_DELIVERED = 5;
    public const STATUS_PAID = 6;
    public const STATUS_PENDING = 7;
    public const STATUS_PROCESSING = 8;
    public const STATUS_RETURNED = 9;

    /** `hold` was false or absent. */
    public const NOT_REQUESTED = 'NOT_REQUESTED';
    /** The order was moved to 対応中. */
    public const HELD = 'HELD';
    /** The order already was in 対応中: nothing to do. */
    public const ALREADY_HELD = 'ALREADY_HELD';
    /** The order is in a status a hold cannot leave (shipped, cancelled, still in checkout…). */
    public const NOT_HOLDABLE = 'NOT_HOLDABLE';
    /** The call carried an older screening than the order's; nothing of it was applied. */
    public const SKIPPED = 'SKIPPED';

    private const HOLDABLE = [self::STATUS_NEW, self::STATUS_PAID];

    private function __construct()
    {
    }

    /**
     * What a hold request does to an order in status `$statusId`.
     *
     * @param bool $workflowAllows what EC-CUBE's own `OrderStateMachine::can(order, 対応中)` says; a
     *                             shop that customised its workflow has the last word
     *
     * @return string HELD (to be applied), ALREADY_HELD, NOT_HOLDABLE or NOT_REQUESTED
     */
    public static function decide(bool $requested, int $statusId, bool $workflowAllows): string
    {
        if (!$requested) {
            return self::NOT_REQUESTED;
        }
        if (self::STATUS_IN_PROGRESS === $statusId) {
            return self::ALREADY_HELD;
        }
        if (in_array($statusId, self::HOLDABLE, true) && $workflowAllows) {
            return self::HELD;
        }

        return self::NOT_HOLDABLE;
    }

    /**
     * Whether an order in `$statusId` is one Mamori may hold at all (before asking the workflow).
     */
    public static function isHoldable(int $statusId): bool
    {
        return in_array($statusId, self::HOLDABLE, true);
    }

    /**
     * @return string[] every outcome, for the GraphQL enum
     */
    public static function outcomes(): array
    {
        return [self::NOT_REQUESTED, self::HELD, self::ALREADY_HELD, self::NOT_HOLDABLE, self::SKIPPED];
    }
}
