// The map view of the finder (Leaflet, loaded only when someone opens the map). The list stays the
// main view: when tiles cannot load, the points and their links still work on a plain background.
import 'leaflet/dist/leaflet.css';

import { Paragraph } from '@utrecht/component-library-react';
import L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';

import { ProblemAlert } from '@/components/errors/problem-alert';
import { Loading } from '@/components/ui/loading';

import { useMeetingMap } from '../api/meetings';
import { mapConfig } from '../map-config';
import type { MapPoint } from '../types';
import type { MeetingFilters } from '../utils/meeting-filters';
import { groupPath } from '../utils/schedule';

/** The middle of the Netherlands and Flanders, when there is nothing to show. */
const DEFAULT_VIEW: [number, number] = [52.0, 5.0];

function groupsText(count: number): string {
  return count === 1 ? '1 groep' : `${count} groepen`;
}

/**
 * All results of the search on a map (every page, from the compact map endpoint, loaded only when the map is shown):
 * one point per group and address, each linked to the group's page.
 */
export default function MeetingMap({ filters, today, search }: { filters: MeetingFilters; today: number; search?: string }) {
  const state = useMeetingMap(filters, today);
  if (state.status === 'error') return <ProblemAlert error={state.error} />;
  if (state.status !== 'success') return <Loading>De kaart wordt geladen…</Loading>;
  const { points, groups, truncated } = state.data;
  const onMap = new Set(points.map((p) => p.group)).size;
  return (
    <div className="zhw-map">
      <Paragraph appearance="small" className="zhw-map__count">
        Op de kaart: {onMap} van de {groupsText(groups)} die u vond.{' '}
        {groups > onMap &&
          `De andere ${groupsText(groups - onMap)} komen online samen, of alleen hun plaats is bekend. Die staan alleen in de lijst.`}
        {truncated && ' Er zijn te veel groepen voor één kaart: kies meer filters om ze allemaal te zien.'}
      </Paragraph>
      <MapCanvas points={points} search={search} />
    </div>
  );
}

function MapCanvas({ points, search }: { points: MapPoint[]; search?: string }) {
  const container = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();
  const [tilesFailed, setTilesFailed] = useState(false);

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
    for (const p of points) {
      const text = `${p.name}, ${p.meetings === 1 ? '1 bijeenkomst' : `${p.meetings} bijeenkomsten`} hier`;
      const marker = L.marker([p.lat, p.lon], {
        icon: L.divIcon({ className: 'zhw-map-marker', html: '<span aria-hidden="true"></span>', iconSize: [20, 20] }),
        title: text,
        alt: text,
        keyboard: true,
      });
      const popup = document.createElement('div');
      const link = document.createElement('a');
      link.href = groupPath(p.group);
      link.textContent = p.name;
      link.className = 'utrecht-link';
      link.addEventListener('click', (event) => {
        event.preventDefault();
        navigate(groupPath(p.group), { state: { search } });
      });
      const info = document.createElement('p');
      info.textContent = p.meetings === 1 ? '1 bijeenkomst op deze plek' : `${p.meetings} bijeenkomsten op deze plek`;
      popup.append(link, info);
      marker.bindPopup(popup).addTo(map);
    }
    if (points.length > 0) {
      map.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lon] as [number, number])), { padding: [24, 24], maxZoom: 13 });
    } else {
      map.setView(DEFAULT_VIEW, 7);
    }
    return () => {
      map.remove();
    };
  }, [points, navigate, search]);

  return (
    <>
      <div role="status">
        {tilesFailed && (
          <Paragraph appearance="small" className="zhw-map__warning">
            De kaartachtergrond kan nu niet worden geladen. De punten op de kaart werken wel; de lijst toont alles.
          </Paragraph>
        )}
      </div>
      <div ref={container} className="zhw-map__canvas" role="region" aria-label="Kaart met groepen" />
    </>
  );
}
