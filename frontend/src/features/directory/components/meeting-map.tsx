// The map view of the finder (Leaflet, loaded only when someone opens the map). The list stays the
// main view: when tiles cannot load, the points and their links still work on a plain background.
import 'leaflet/dist/leaflet.css';

import { Paragraph } from '@utrecht/component-library-react';
import L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';

import { mapConfig } from '../map-config';
import type { Meeting } from '../types';
import { mapPoints } from '../utils/map-points';
import { addressText, meetingPath, timeRange } from '../utils/schedule';

/** The middle of the Netherlands and Flanders, when there is nothing to show. */
const DEFAULT_VIEW: [number, number] = [52.0, 5.0];

export default function MeetingMap({ meetings, search }: { meetings: Meeting[]; search?: string }) {
  const container = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();
  const [tilesFailed, setTilesFailed] = useState(false);
  const points = mapPoints(meetings);
  const key = points.map((p) => p.meeting.slug).join(',');

  useEffect(() => {
    if (!container.current) return;
    const map = L.map(container.current, { scrollWheelZoom: false, attributionControl: true, zoomControl: false });
    map.attributionControl.setPrefix(false);
    L.control.zoom({ zoomInTitle: 'Inzoomen', zoomOutTitle: 'Uitzoomen' }).addTo(map);
    // Leaflet's own words are English: give the popup's close button a Dutch name.
    map.on('popupopen', (event) => {
      const close = event.popup.getElement()?.querySelector('.leaflet-popup-close-button');
      close?.setAttribute('aria-label', 'Sluiten');
      close?.setAttribute('title', 'Sluiten');
    });
    if (mapConfig.tileUrl) {
      const tiles = L.tileLayer(mapConfig.tileUrl, { attribution: mapConfig.attribution, maxZoom: 18 });
      tiles.on('tileerror', () => setTilesFailed(true));
      tiles.addTo(map);
    } else {
      setTilesFailed(true);
    }
    const markers = points.map(({ meeting: m, lat, lon }) => {
      const marker = L.marker([lat, lon], {
        icon: L.divIcon({ className: 'zhw-map-marker', html: '<span aria-hidden="true"></span>', iconSize: [20, 20] }),
        title: `${m.name}, ${timeRange(m)}`,
        alt: `${m.name}, ${timeRange(m)}`,
        keyboard: true,
      });
      const popup = document.createElement('div');
      const link = document.createElement('a');
      link.href = meetingPath(m.slug);
      link.textContent = m.name;
      link.className = 'utrecht-link';
      link.addEventListener('click', (event) => {
        event.preventDefault();
        navigate(meetingPath(m.slug), { state: { search } });
      });
      const info = document.createElement('p');
      info.textContent = `${timeRange(m)} · ${addressText(m.location)}${m.demo ? ' · Voorbeeldgegevens' : ''}`;
      popup.append(link, info);
      marker.bindPopup(popup);
      return marker.addTo(map);
    });
    if (markers.length > 0) {
      map.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lon] as [number, number])), { padding: [24, 24], maxZoom: 13 });
    } else {
      map.setView(DEFAULT_VIEW, 7);
    }
    return () => {
      map.remove();
    };
    // Redraw only when the set of meetings changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return (
    <div className="zhw-map">
      <Paragraph appearance="small">
        De kaart toont {points.length === 1 ? '1 bijeenkomst' : `${points.length} bijeenkomsten`} van deze pagina met
        een adres. Online bijeenkomsten en groepen waarvan alleen de plaats bekend is, staan alleen in de lijst.
      </Paragraph>
      <div role="status">
        {tilesFailed && (
          <Paragraph appearance="small" className="zhw-map__warning">
            De kaartachtergrond kan nu niet worden geladen. De punten op de kaart werken wel; de lijst toont alles.
          </Paragraph>
        )}
      </div>
      <div ref={container} className="zhw-map__canvas" role="region" aria-label="Kaart met bijeenkomsten" />
    </div>
  );
}
