<?php

/*
 * This file is part of Mamori42, the EC-CUBE companion plugin of Mamori.
 */

namespace Plugin\Mamori42\Entity;

use Doctrine\ORM\Mapping as ORM;
use Eccube\Entity\AbstractEntity;

/**
 * The plugin's settings (one row): where a badge links to in Mamori.
 *
 * @ORM\Table(name="plg_mamori42_config")
 * @ORM\Entity(repositoryClass="Plugin\Mamori42\Repository\ConfigRepository")
 */
class Config extends AbstractEntity
{
    /**
     * @var int
     *
     * @ORM\Column(name="id", type="integer", options={"unsigned":true})
     * @ORM\Id
     * @ORM\GeneratedValue(strategy="IDENTITY")
     */
    private $id;

    /**
     * The link of a screening in Mamori; `{screening_id}` is replaced by the screening's id.
     * Empty: the badges link nowhere.
     *
     * @var string|null
     *
     * @ORM\Column(name="screening_url", type="string", length=1024, nullable=true)
     */
    private $screening_url;

    public function getId(): ?int
    {
        return $this->id;
    }

    public function getScreeningUrl(): ?string
    {
        return $this->screening_url;
    }

    /**
     * @return $this
     */
    public function setScreeningUrl(?string $screeningUrl)
    {
        $screeningUrl = null === $screeningUrl ? null : trim($screeningUrl);
        $this->screening_url = '' === $screeningUrl ? null : $screeningUrl;

        return $this;
    }
}
