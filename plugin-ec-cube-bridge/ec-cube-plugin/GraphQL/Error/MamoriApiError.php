<?php

/*
 * This file is part of Mamori42, the EC-CUBE companion plugin of Mamori.
 */

namespace Plugin\Mamori42\GraphQL\Error;

use GraphQL\Error\ClientAware;

/**
 * An error of updateOrderScreening that the caller may read: graphql-php puts the message in
 * `errors[].message` and the category in `errors[].extensions.category`. Argument errors use the
 * Web API plugin's own InvalidArgumentException instead ("Invalid argument"), as Api42's mutations do.
 */
final class MamoriApiError extends \Exception implements ClientAware
{
    /** Mamori42 is installed but not enabled: its columns are not on the Order entity. */
    public const PLUGIN_DISABLED = 'Mamori42 disabled';

    /** The access token lacks the `write` scope. */
    public const INSUFFICIENT_PERMISSION = 'Insufficient permission';

    /** @var string */
    private $category;

    public function __construct(string $message, string $category)
    {
        parent::__construct($message);
        $this->category = $category;
    }

    public function isClientSafe(): bool
    {
        return true;
    }

    public function getCategory(): string
    {
        return $this->category;
    }
}
