<?php

/*
 * This file is part of Mamori42, the EC-CUBE companion plugin of Mamori.
 */

namespace Plugin\Mamori42;

use Doctrine\ORM\EntityManagerInterface;
use Eccube\Plugin\AbstractPluginManager;
use Plugin\Mamori42\Entity\Config;
use Psr\Container\ContainerInterface;

/**
 * EC-CUBE calls these when the shop owner installs, enables, disables, updates or uninstalls the
 * plugin (EC-CUBE instantiates this class itself, without the container's help).
 *
 * EC-CUBE has already run its schema update when they are called: the Order columns of
 * Entity\OrderTrait and the plg_mamori42_config table exist after install, and on uninstall the
 * schema update that follows removes both.
 */
class PluginManager extends AbstractPluginManager
{
    public function enable(array $meta, ContainerInterface $container)
    {
        $entityManager = $this->entityManager($container);
        $this->migration($entityManager->getConnection(), $meta['code']);
        $this->createConfig($entityManager);
    }

    public function update(array $meta, ContainerInterface $container)
    {
        $entityManager = $this->entityManager($container);
        $this->migration($entityManager->getConnection(), $meta['code']);
        $this->createConfig($entityManager);
    }

    /**
     * Disabling keeps every decision: EC-CUBE keeps the columns of a disabled plugin, only the
     * badges and the mutation stop (the mutation then reports itself deprecated and refuses calls).
     */
    public function disable(array $meta, ContainerInterface $container)
    {
    }

    /**
     * Uninstalling removes Mamori's columns from dtb_order, and with them the decisions. What was
     * appended to the shop memos stays: it is the shop's text now.
     */
    public function uninstall(array $meta, ContainerInterface $container)
    {
        $this->migration($this->entityManager($container)->getConnection(), $meta['code'], '0');
    }

    private function entityManager(ContainerInterface $container): EntityManagerInterface
    {
        return $container->get('doctrine')->getManager();
    }

    private function createConfig(EntityManagerInterface $entityManager): void
    {
        if (null !== $entityManager->getRepository(Config::class)->findOneBy([])) {
            return;
        }
        $entityManager->persist(new Config());
        $entityManager->flush();
    }
}
