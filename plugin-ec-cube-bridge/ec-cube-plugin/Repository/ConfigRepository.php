<?php

/*
 * This file is part of Mamori42, the EC-CUBE companion plugin of Mamori.
 */

namespace Plugin\Mamori42\Repository;

use Doctrine\Persistence\ManagerRegistry;
use Eccube\Repository\AbstractRepository;
use Plugin\Mamori42\Entity\Config;

class ConfigRepository extends AbstractRepository
{
    public function __construct(ManagerRegistry $registry)
    {
        parent::__construct($registry, Config::class);
    }

    /**
     * The settings row, a new (unsaved) one when PluginManager has not created it yet.
     */
    public function get(): Config
    {
        $Config = $this->findOneBy([], ['id' => 'ASC']);

        return $Config instanceof Config ? $Config : new Config();
    }

    /**
     * The badges' link setting, or null when none is set.
     */
    public function screeningUrl(): ?string
    {
        $Config = $this->findOneBy([], ['id' => 'ASC']);

        return $Config instanceof Config ? $Config->getScreeningUrl() : null;
    }
}
