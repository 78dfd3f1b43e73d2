<?php

/*
 * This file is part of Mamori42, the EC-CUBE companion plugin of Mamori.
 */

namespace Plugin\Mamori42\Form\Type\Admin;

use Plugin\Mamori42\Entity\Config;
use Plugin\Mamori42\Screening\ScreeningLink;
use Symfony\Component\Form\AbstractType;
use Symfony\Component\Form\Extension\Core\Type\TextType;
use Symfony\Component\Form\FormBuilderInterface;
use Symfony\Component\OptionsResolver\OptionsResolver;
use Symfony\Component\Validator\Constraints as Assert;
use Symfony\Component\Validator\Context\ExecutionContextInterface;

class ConfigType extends AbstractType
{
    public function buildForm(FormBuilderInterface $builder, array $options)
    {
        $builder->add('screening_url', TextType::class, [
            'required' => false,
            'constraints' => [
                new Assert\Length(['max' => ScreeningLink::MAX_LENGTH]),
                new Assert\Callback(static function ($value, ExecutionContextInterface $context) {
                    if (null !== $value && '' !== trim($value) && !ScreeningLink::isAcceptable(trim($value))) {
                        $context->buildViolation('http:// か https:// で始まる URL を入力してください（{screening_id} のほかに空白や記号 " < > { } は使えません）。')
                            ->addViolation();
                    }
                }),
            ],
        ]);
    }

    public function configureOptions(OptionsResolver $resolver)
    {
        $resolver->setDefaults(['data_class' => Config::class]);
    }
}
