import { expect, fixture, html } from '@open-wc/testing';
import {
  CHANNEL_ICON_NAMES,
  channelIcon,
  channelIconName,
  markerIcon,
} from '../../src/elements/icons/channel-icons.js';

describe('channel icons', () => {
  it('has the built-in channel set', () => {
    expect(CHANNEL_ICON_NAMES).to.deep.equal([
      'website', 'social', 'portal', 'email', 'ads', 'reviews', 'phone', 'chat', 'sms',
      'survey', 'onboarding', 'meeting', 'mobile-app', 'video', 'partner', 'store', 'other',
    ]);
  });

  it('maps icon names and common channel ids, else falls back to "other"', () => {
    expect(channelIconName('Email')).to.equal('email');
    expect(channelIconName('mobile app')).to.equal('mobile-app');
    expect(channelIconName('Live chat')).to.equal('chat');
    expect(channelIconName('web')).to.equal('website');
    expect(channelIconName('constructor')).to.equal('other');
    expect(channelIconName('carrier-pigeon')).to.equal('other');
    expect(channelIconName(undefined)).to.equal('other');
  });

  it('draws every icon as a decorative currentColor 24×24 stroke svg', async () => {
    const root = await fixture<HTMLDivElement>(html`<div>
      ${CHANNEL_ICON_NAMES.map((name) => channelIcon(name))}
      ${markerIcon('moment-of-truth')}${markerIcon('switch')}${markerIcon('evidence-research')}
      ${markerIcon('evidence-data')}${markerIcon('evidence-assumption')}
    </div>`);
    const icons = Array.from(root.querySelectorAll('svg'));
    expect(icons).to.have.length(CHANNEL_ICON_NAMES.length + 5);
    for (const icon of icons) {
      expect(icon.getAttribute('viewBox')).to.equal('0 0 24 24');
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      expect(icon.getAttribute('stroke')).to.equal('currentColor');
      expect(icon.getAttribute('fill')).to.equal('none');
      // Every shape must lie inside the 24×24 box and actually draw something.
      const box = icon.getBBox();
      expect(box.width, icon.getAttribute('class')!).to.be.greaterThan(4);
      expect(box.x).to.be.at.least(0);
      expect(box.y).to.be.at.least(0);
      expect(box.x + box.width).to.be.at.most(24);
      expect(box.y + box.height).to.be.at.most(24);
      expect(icon.querySelector('path, circle, rect')!.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    }
    await expect(root).to.be.accessible();
  });
});
