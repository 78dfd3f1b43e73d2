<?php

/*
 * This file is part of Mamori42, the EC-CUBE companion plugin of Mamori.
 */

namespace Plugin\Mamori42\Controller\Admin;

use Eccube\Controller\AbstractController;
use Plugin\Mamori42\Form\Type\Admin\ConfigType;
use Plugin\Mamori42\Repository\ConfigRepository;
use Sensio\Bundle\FrameworkExtraBundle\Configuration\Template;
use Symfony\Component\HttpFoundation\RedirectResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Annotation\Route;

/**
 * The plugin's settings page. EC-CUBE's plugin list links its gear icon to the route named
 * `<plugin code in snake case>_admin_config`, here `mamori42_admin_config`.
 */
class ConfigController extends AbstractController
{
    /** @var ConfigRepository */
    private $configRepository;

    public function __construct(ConfigRepository $configRepository)
    {
        $this->configRepository = $configRepository;
    }

    /**
     * @Route("/%eccube_admin_route%/mamori42/config", name="mamori42_admin_config", methods={"GET", "POST"})
     * @Template("Mamori42/Resource/template/admin/config.twig")
     *
     * @return RedirectResponse|array<string, mixed>
     */
    public function index(Request $request)
    {
        $Config = $this->configRepository->get();
        $form = $this->createForm(ConfigType::class, $Config);
        $form->handleRequest($request);

        if ($form->isSubmitted() && $form->isValid()) {
            $this->entityManager->persist($Config);
            $this->entityManager->flush();
            $this->addSuccess('admin.common.save_complete', 'admin');

            return $this->redirectToRoute('mamori42_admin_config');
        }

        return [
            'form' => $form->createView(),
        ];
    }
}
