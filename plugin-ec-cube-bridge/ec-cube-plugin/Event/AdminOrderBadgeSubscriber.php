<?php

/*
 * This file is part of Mamori42, the EC-CUBE companion plugin of Mamori.
 */

namespace Plugin\Mamori42\Event;

use Eccube\Entity\Order;
use Eccube\Event\TemplateEvent;
use Plugin\Mamori42\Repository\ConfigRepository;
use Plugin\Mamori42\Screening\DecisionBadge;
use Symfony\Component\EventDispatcher\EventSubscriberInterface;

/**
 * Puts Mamori's decision badge on the admin order list (受注一覧) and order edit (受注登録・編集)
 * pages. EC-CUBE dispatches a TemplateEvent named after each template it renders; a snippet added
 * to it is rendered at the end of the page, and its script moves the badges into place.
 */
class AdminOrderBadgeSubscriber implements EventSubscriberInterface
{
    /** @var ConfigRepository */
    private $configRepository;

    public function __construct(ConfigRepository $configRepository)
    {
        $this->configRepository = $configRepository;
    }

    public static function getSubscribedEvents(): array
    {
        return [
            '@admin/Order/index.twig' => 'onOrderList',
            '@admin/Order/edit.twig' => 'onOrderEdit',
        ];
    }

    public function onOrderList(TemplateEvent $event): void
    {
        if (!$event->hasParameter('pagination') || !is_iterable($event->getParameter('pagination'))) {
            return;
        }
        $link = null;
        $badges = [];
        foreach ($event->getParameter('pagination') as $Order) {
            if (!$Order instanceof Order || null === $Order->getId() || !self::carriesMamoriFields($Order)) {
                continue;
            }
            if (null === $Order->getMamoriDecision()) {
                continue;
            }
            if (null === $link) {
                $link = (string) $this->configRepository->screeningUrl();
            }
            $badge = self::badgeOf($Order, $link);
            if (null !== $badge) {
                $badges[$Order->getId()] = $badge;
            }
        }
        if ($badges) {
            $event->setParameter('mamori42_badges', $badges);
            $event->addSnippet('Mamori42/Resource/template/admin/order_index_badges.twig');
        }
    }

    public function onOrderEdit(TemplateEvent $event): void
    {
        $Order = $event->hasParameter('Order') ? $event->getParameter('Order') : null;
        if (!$Order instanceof Order || null === $Order->getId() || !self::carriesMamoriFields($Order)) {
            return;
        }
        $badge = self::badgeOf($Order, $this->configRepository->screeningUrl());
        if (null !== $badge) {
            $event->setParameter('mamori42_badge', $badge);
            $event->addSnippet('Mamori42/Resource/template/admin/order_edit_badge.twig');
        }
    }

    /**
     * @return array<string, mixed>|null the badge as DecisionBadge::toArray() gives it
     */
    private static function badgeOf(Order $Order, ?string $link): ?array
    {
        $badge = DecisionBadge::of(
            $Order->getMamoriScreeningId(),
            $Order->getMamoriDecision(),
            $Order->getMamoriScore(),
            $Order->getMamoriReasons(),
            $Order->getMamoriScreenedAt(),
            $link
        );

        return null === $badge ? null : $badge->toArray();
    }

    private static function carriesMamoriFields(Order $Order): bool
    {
        return method_exists($Order, 'getMamoriDecision');
    }
}
