<?php

/*
 * This file is part of Mamori42, the EC-CUBE companion plugin of Mamori.
 */

namespace Plugin\Mamori42\GraphQL\Mutation;

use Doctrine\DBAL\LockMode;
use Doctrine\ORM\EntityManagerInterface;
use Eccube\Common\EccubeConfig;
use Eccube\Entity\Master\OrderStatus;
use Eccube\Entity\Order;
use Eccube\Repository\Master\OrderStatusRepository;
use Eccube\Service\OrderStateMachine;
use GraphQL\Type\Definition\EnumType;
use GraphQL\Type\Definition\ObjectType;
use GraphQL\Type\Definition\Type;
use Plugin\Api42\GraphQL\Error\InvalidArgumentException;
use Plugin\Api42\GraphQL\Mutation;
use Plugin\Api42\GraphQL\Types;
use Plugin\Mamori42\GraphQL\Error\MamoriApiError;
use Plugin\Mamori42\Screening\InvalidScreeningArgument;
use Plugin\Mamori42\Screening\OrderHold;
use Plugin\Mamori42\Screening\OrderSnapshot;
use Plugin\Mamori42\Screening\ScreeningArguments;
use Plugin\Mamori42\Screening\ScreeningWritePlan;
use Symfony\Component\Security\Core\Authorization\AuthorizationCheckerInterface;

/**
 * `updateOrderScreening`: Mamori writes its decision on an order through the Web API plugin.
 *
 * The Web API plugin (Api42) picks this class up by itself: its compiler pass adds every service
 * implementing Plugin\Api42\GraphQL\Mutation to the schema's Mutation type, and its validation rule
 * only lets a mutation through with a token holding the `read` and `write` scopes.
 *
 * The rules (what a replay does, when the memo gets an entry, when an order may be held) live in
 * Plugin\Mamori42\Screening and are tested without EC-CUBE; this class reads the order, asks them,
 * and carries out the answer.
 */
class UpdateOrderScreeningMutation implements Mutation
{
    public const NAME = 'updateOrderScreening';

    /** @var EntityManagerInterface */
    private $entityManager;
    /** @var EccubeConfig */
    private $eccubeConfig;
    /** @var OrderStateMachine */
    private $orderStateMachine;
    /** @var OrderStatusRepository */
    private $orderStatusRepository;
    /** @var Types */
    private $types;
    /** @var AuthorizationCheckerInterface */
    private $authorizationChecker;
    /** @var ObjectType|null */
    private $resultType;

    public function __construct(
        EntityManagerInterface $entityManager,
        EccubeConfig $eccubeConfig,
        OrderStateMachine $orderStateMachine,
        OrderStatusRepository $orderStatusRepository,
        Types $types,
        AuthorizationCheckerInterface $authorizationChecker
    ) {
        $this->entityManager = $entityManager;
        $this->eccubeConfig = $eccubeConfig;
        $this->orderStateMachine = $orderStateMachine;
        $this->orderStatusRepository = $orderStatusRepository;
        $this->types = $types;
        $this->authorizationChecker = $authorizationChecker;
    }

    public function getName()
    {
        return self::NAME;
    }

    public function getMutation()
    {
        $field = [
            'type' => $this->resultType(),
            'description' => 'Mamori の判定（OK / REVIEW / NG、スコア、理由）を受注に記録し、理由を審査ごとに一度だけショップ用メモ欄に追記する。'
                .'hold: true なら新規受付・入金済みの受注を対応中にする。同じ screening_id での再送は何も重ねない。',
            'args' => [
                'id' => [
                    'type' => Type::nonNull(Type::id()),
                    'description' => '受注ID（dtb_order.id、order(id:) と同じ）',
                ],
                'screening_id' => [
                    'type' => Type::nonNull(Type::string()),
                    'description' => 'Mamori の審査ID（英数字と _ - . :、64文字まで）。再送の判定に使う',
                ],
                'decision' => [
                    'type' => Type::nonNull(Type::string()),
                    'description' => 'OK、REVIEW、NG のいずれか',
                ],
                'score' => [
                    'type' => Type::nonNull(Type::int()),
                    'description' => '0〜100',
                ],
                'reasons' => [
                    'type' => Type::string(),
                    'description' => '理由（1行に1つ、'.ScreeningArguments::REASONS_MAX.'文字まで）',
                ],
                'hold' => [
                    'type' => Type::boolean(),
                    'defaultValue' => false,
                    'description' => 'true: 新規受付・入金済みの受注を対応中にする',
                ],
            ],
            'resolve' => [$this, 'updateOrderScreening'],
        ];
        if (!self::ordersCarryMamoriFields()) {
            // Standard introspection leaves deprecated fields out: Mamori, which looks for this
            // mutation by introspection, then knows it cannot write back here.
            $field['deprecationReason'] = 'The Mamori42 plugin is installed but disabled in this shop.';
        }

        return $field;
    }

    /**
     * @param mixed $root
     * @param array<string, mixed> $args
     *
     * @return array{order: Order, outcome: string, memo_appended: bool, hold: string}
     */
    public function updateOrderScreening($root, array $args)
    {
        if (!self::ordersCarryMamoriFields()) {
            throw new MamoriApiError('Mamori42 is installed but disabled: enable it under オーナーズストア > プラグイン > プラグイン一覧.', MamoriApiError::PLUGIN_DISABLED);
        }
        // Api42's ScopeValidationRule already refuses a mutation without read and write; this
        // keeps that promise should the rule ever change.
        if (!$this->authorizationChecker->isGranted('ROLE_OAUTH2_WRITE')) {
            throw new MamoriApiError('Insufficient permission. (write)', MamoriApiError::INSUFFICIENT_PERMISSION);
        }
        try {
            $call = ScreeningArguments::fromGraphQL($args);
        } catch (InvalidScreeningArgument $e) {
            throw new InvalidArgumentException($e->getMessage());
        }

        // EC-CUBE runs each request in a transaction (TransactionListener); this one nests in it
        // and holds the order's row lock, so that two deliveries of one screening cannot both
        // see it as new.
        $connection = $this->entityManager->getConnection();
        $connection->beginTransaction();
        try {
            $result = $this->write($call);
            $this->entityManager->flush();
            $connection->commit();
        } catch (\Throwable $e) {
            $connection->rollBack();
            throw $e;
        }

        return $result;
    }

    /**
     * @return array{order: Order, outcome: string, memo_appended: bool, hold: string}
     */
    private function write(ScreeningArguments $call): array
    {
        /** @var Order|null $Order */
        $Order = $this->entityManager->find(Order::class, $call->orderId(), LockMode::PESSIMISTIC_WRITE);
        if (null === $Order) {
            throw new InvalidArgumentException('id: No Order found;');
        }

        $Status = $Order->getOrderStatus();
        $statusId = null === $Status ? 0 : (int) $Status->getId();
        /** @var OrderStatus|null $InProgress */
        $InProgress = $this->orderStatusRepository->find(OrderStatus::IN_PROGRESS);
        $workflowAllowsHold = $call->holdRequested()
            && OrderHold::isHoldable($statusId)
            && null !== $InProgress
            && $this->orderStateMachine->can($Order, $InProgress);

        $plan = ScreeningWritePlan::decide(
            $call,
            new OrderSnapshot(
                $Order->getMamoriScreeningId(),
                $Order->getMamoriDecision(),
                $Order->getMamoriScore(),
                $Order->getMamoriReasons(),
                $Order->getNote(),
                $statusId,
                null === $Status ? '' : (string) $Status->getName()
            ),
            $workflowAllowsHold,
            new \DateTimeImmutable(),
            (int) $this->eccubeConfig['eccube_ltext_len'],
            null === $InProgress ? '対応中' : (string) $InProgress->getName()
        );

        if ($plan->storesDecision()) {
            $Order->setMamoriScreeningId($call->screeningId());
            $Order->setMamoriDecision($call->decision());
            $Order->setMamoriScore($call->score());
            $Order->setMamoriReasons($call->reasons());
            if ($plan->touchesScreenedAt()) {
                $Order->setMamoriScreenedAt(new \DateTime());
            }
        }
        if ($plan->appendsMemo()) {
            $Order->setNote($plan->newNote());
        }
        if ($plan->appliesHold()) {
            // The `packing` transition: no stock, point or mail side effects.
            $this->orderStateMachine->apply($Order, $InProgress);
        }

        return [
            'order' => $Order,
            'outcome' => $plan->outcome(),
            'memo_appended' => $plan->appendsMemo(),
            'hold' => $plan->hold(),
        ];
    }

    /**
     * Whether EC-CUBE's Order proxy carries Entity\OrderTrait, which it does exactly while the
     * plugin is enabled. (A disabled plugin's services stay in the container, so Api42 still
     * finds this mutation.)
     */
    private static function ordersCarryMamoriFields(): bool
    {
        return method_exists(Order::class, 'setMamoriScreeningId');
    }

    private function resultType(): ObjectType
    {
        if (null === $this->resultType) {
            $outcome = new EnumType([
                'name' => 'MamoriScreeningOutcome',
                'description' => 'What updateOrderScreening did with the screening',
                'values' => [
                    ScreeningWritePlan::APPLIED => [
                        'value' => ScreeningWritePlan::APPLIED,
                        'description' => 'A screening new to the order: decision stored, memo entry written (if any), hold applied (if asked)',
                    ],
                    ScreeningWritePlan::REPLAYED => [
                        'value' => ScreeningWritePlan::REPLAYED,
                        'description' => "The order's current screening again: decision stored again, hold applied if asked, memo untouched",
                    ],
                    ScreeningWritePlan::SUPERSEDED => [
                        'value' => ScreeningWritePlan::SUPERSEDED,
                        'description' => 'A screening a later one replaced on this order: nothing written',
                    ],
                ],
            ]);
            $hold = new EnumType([
                'name' => 'MamoriHoldOutcome',
                'description' => 'What became of hold',
                'values' => [
                    OrderHold::NOT_REQUESTED => ['value' => OrderHold::NOT_REQUESTED, 'description' => 'hold was false or absent'],
                    OrderHold::HELD => ['value' => OrderHold::HELD, 'description' => 'The order moved from 新規受付 or 入金済み to 対応中'],
                    OrderHold::ALREADY_HELD => ['value' => OrderHold::ALREADY_HELD, 'description' => 'The order already was 対応中'],
                    OrderHold::NOT_HOLDABLE => ['value' => OrderHold::NOT_HOLDABLE, 'description' => "The order's status cannot move to 対応中 (shipped, cancelled, in checkout…)"],
                    OrderHold::SKIPPED => ['value' => OrderHold::SKIPPED, 'description' => 'The screening was SUPERSEDED: nothing applied'],
                ],
            ]);
            $this->resultType = new ObjectType([
                'name' => 'MamoriOrderScreeningResult',
                'description' => 'The order after updateOrderScreening, and what the call did',
                'fields' => function () use ($outcome, $hold) {
                    return [
                        'order' => [
                            'type' => Type::nonNull($this->types->get(Order::class)),
                            'description' => 'The order as the Web API shows it, with mamori_screening_id, mamori_decision, mamori_score, mamori_reasons, mamori_screened_at',
                        ],
                        'outcome' => ['type' => Type::nonNull($outcome)],
                        'memo_appended' => [
                            'type' => Type::nonNull(Type::boolean()),
                            'description' => 'Whether this call appended an entry to the shop memo (note)',
                        ],
                        'hold' => ['type' => Type::nonNull($hold)],
                    ];
                },
            ]);
        }

        return $this->resultType;
    }
}
