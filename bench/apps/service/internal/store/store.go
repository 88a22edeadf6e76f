// Package store keeps the service's items in Postgres.
package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Item is one row of the items table.
type Item struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
}

// ErrNotFound is returned for an item that does not exist.
var ErrNotFound = errors.New("item not found")

// Store reads items; without a database it holds none.
type Store struct {
	pool *pgxpool.Pool
}

// Open connects lazily to the database the DSN names; an empty DSN gives an empty store.
func Open(ctx context.Context, dsn string, maxConns int32) (*Store, error) {
	if dsn == "" {
		return &Store{}, nil
	}
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("database dsn: %w", err)
	}
	cfg.MaxConns = maxConns
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("database pool: %w", err)
	}
	return &Store{pool: pool}, nil
}

// Close releases the connections.
func (s *Store) Close() {
	if s.pool != nil {
		s.pool.Close()
	}
}

// Ping checks the database.
func (s *Store) Ping(ctx context.Context) error {
	if s.pool == nil {
		return nil
	}
	return s.pool.Ping(ctx)
}

// Items lists every item by id.
func (s *Store) Items(ctx context.Context) ([]Item, error) {
	if s.pool == nil {
		return []Item{}, nil
	}
	rows, err := s.pool.Query(ctx, "SELECT id, name FROM items ORDER BY id")
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, pgx.RowToStructByPos[Item])
}

// Item reads one item.
func (s *Store) Item(ctx context.Context, id int64) (Item, error) {
	if s.pool == nil {
		return Item{}, ErrNotFound
	}
	var it Item
	err := s.pool.QueryRow(ctx, "SELECT id, name FROM items WHERE id = $1", id).Scan(&it.ID, &it.Name)
	if errors.Is(err, pgx.ErrNoRows) {
		return Item{}, ErrNotFound
	}
	return it, err
}
