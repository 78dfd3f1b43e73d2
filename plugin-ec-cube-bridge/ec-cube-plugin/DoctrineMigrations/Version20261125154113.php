<?php

/*
 * This file is part of Mamori42, the EC-CUBE companion plugin of Mamori.
 */

declare(strict_types=1);

namespace Plugin\Mamori42\DoctrineMigrations;

use Doctrine\DBAL\Schema\Schema;
use Doctrine\Migrations\AbstractMigration;

/**
 * Mamori's decision columns on dtb_order, as Entity\OrderTrait declares them.
 *
 * EC-CUBE's schema update creates the trait's columns when the plugin is installed, before
 * PluginManager runs this migration, so on a normal install every step below finds its column and
 * does nothing. It is the versioned record of the columns (a later version changes them here,
 * with the data they hold), and it repairs a shop whose schema update did not run. Each column
 * must stay exactly as the trait maps it, or every later schema update would "fix" it back.
 * `down()` runs when the plugin is uninstalled (PluginManager migrates to version 0).
 */
final class Version20261125154113 extends AbstractMigration
{
    private const TABLE = 'dtb_order';

    public function getDescription(): string
    {
        return 'Mamori decision columns on dtb_order';
    }

    public function up(Schema $schema): void
    {
        if (!$schema->hasTable(self::TABLE)) {
            return;
        }
        $table = $schema->getTable(self::TABLE);
        foreach (self::columns() as $name => [$type, $options]) {
            if (!$table->hasColumn($name)) {
                $table->addColumn($name, $type, $options);
            }
        }
    }

    public function down(Schema $schema): void
    {
        if (!$schema->hasTable(self::TABLE)) {
            return;
        }
        $table = $schema->getTable(self::TABLE);
        foreach (array_keys(self::columns()) as $name) {
            if ($table->hasColumn($name)) {
                $table->dropColumn($name);
            }
        }
    }

    /**
     * @return array<string, array{0: string, 1: array<string, mixed>}>
     */
    private static function columns(): array
    {
        return [
            'mamori_screening_id' => ['string', ['length' => 64, 'notnull' => false]],
            'mamori_decision' => ['string', ['length' => 16, 'notnull' => false]],
            'mamori_score' => ['smallint', ['notnull' => false]],
            'mamori_reasons' => ['text', ['notnull' => false]],
            'mamori_screened_at' => ['datetimetz', ['notnull' => false]],
        ];
    }
}
