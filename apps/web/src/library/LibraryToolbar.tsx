'use client';
// Search box, sort and the tag filter of the library.
import { useRef } from 'react';
import { type WorkflowSort, sortLabels } from './library-api.ts';
import { toggleTag } from './tags-text.ts';
import { useSlashFocus } from './use-slash-focus.ts';

export interface LibraryFilters {
  readonly search: string;
  readonly sort: WorkflowSort;
  readonly tags: readonly string[];
}

export function LibraryToolbar({
  filters,
  onChange,
  knownTags,
}: {
  filters: LibraryFilters;
  onChange: (next: LibraryFilters) => void;
  /** Tags to offer as filters (those of the workflows listed). */
  knownTags: readonly string[];
}) {
  const search = useRef<HTMLInputElement>(null);
  useSlashFocus(search);
  const offered = [...new Set([...filters.tags, ...knownTags])].sort();
  return (
    <div className="lib-toolbar">
      <input
        ref={search}
        type="search"
        className="lib-search"
        placeholder="Search names, descriptions and tags  ( / )"
        aria-label="Search workflows"
        value={filters.search}
        onChange={(e) => onChange({ ...filters, search: e.currentTarget.value })}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onChange({ ...filters, search: '' });
        }}
      />
      <label className="lib-sort">
        Sort
        <select
          value={filters.sort}
          aria-label="Sort workflows"
          onChange={(e) => onChange({ ...filters, sort: e.currentTarget.value as WorkflowSort })}
        >
          {Object.entries(sortLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {offered.length > 0 && (
        <div className="lib-tag-filter" role="group" aria-label="Filter by tag">
          {offered.map((tag) => (
            <button
              key={tag}
              type="button"
              className="lib-tag"
              aria-pressed={filters.tags.includes(tag)}
              onClick={() => onChange({ ...filters, tags: toggleTag(filters.tags, tag) })}
            >
              {tag}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
