<?php

/*
 * This file is part of Mamori42, the EC-CUBE companion plugin of Mamori.
 */

namespace Plugin\Mamori42\Screening;

/**
 * One or more arguments of updateOrderScreening are wrong. The message follows the Web API plugin's
 * own convention, `field: what is wrong;` per field, so a caller reads our errors and Api42's
 * the same way.
 */
final class InvalidScreeningArgument extends \InvalidArgumentException
{
    /** @var array<string, string> field => what is wrong */
    private $violations;

    /**
     * @param array<string, string> $violations field => what is wrong, at least one
     */
    public function __construct(array $violations)
    {
        $this->violations = $violations;
        $message = '';
        foreach ($violations as $field => $problem) {
            $message .= $field.': '.$problem.';';
        }
        parent::__construct($message);
    }

    /**
     * @return array<string, string>
     */
    public function violations(): array
    {
        return $this->violations;
    }
}
