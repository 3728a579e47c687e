import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // A public docs site: no Storybook onboarding checklist or guide for its readers.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  // The logo the manager theme (manager.ts) shows.
  staticDirs: ['./public'],
};

export default config;
