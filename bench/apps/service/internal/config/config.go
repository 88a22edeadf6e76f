// Package config reads the service's YAML configuration.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"gopkg.in/yaml.v3"
)

// Config is the whole configuration of the service.
type Config struct {
	ServiceName string        `yaml:"serviceName"`
	HTTP        Listener      `yaml:"http"`
	GRPC        Listener      `yaml:"grpc"`
	Database    Database      `yaml:"database"`
	Telemetry   Telemetry     `yaml:"telemetry"`
	Shutdown    time.Duration `yaml:"shutdown"`
}

// Listener is one address the service listens on.
type Listener struct {
	Addr string `yaml:"addr"`
}

// Database says how to reach Postgres; an empty DSN runs the service without a database.
type Database struct {
	DSN      string `yaml:"dsn"`
	MaxConns int32  `yaml:"maxConns"`
}

// Telemetry says where traces go; an empty endpoint keeps them in the process.
type Telemetry struct {
	OTLPEndpoint string `yaml:"otlpEndpoint"`
}

// Default is the configuration without a file.
func Default() Config {
	return Config{
		ServiceName: "bench-service",
		HTTP:        Listener{Addr: ":8080"},
		GRPC:        Listener{Addr: ":9090"},
		Database:    Database{MaxConns: 8},
		Shutdown:    10 * time.Second,
	}
}

// Load reads the file at path over the defaults; an empty path gives the defaults.
func Load(path string) (Config, error) {
	cfg := Default()
	if path == "" {
		return cfg, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return cfg, fmt.Errorf("config: %w", err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&cfg); err != nil && !errors.Is(err, io.EOF) {
		return cfg, fmt.Errorf("config %s: %w", path, err)
	}
	return cfg, cfg.Validate()
}

// Validate reports the first setting that cannot work.
func (c Config) Validate() error {
	switch {
	case c.HTTP.Addr == "":
		return errors.New("config: http.addr is empty")
	case c.GRPC.Addr == "":
		return errors.New("config: grpc.addr is empty")
	case c.Database.MaxConns < 1:
		return fmt.Errorf("config: database.maxConns is %d, expected at least 1", c.Database.MaxConns)
	case c.Shutdown <= 0:
		return fmt.Errorf("config: shutdown is %s, expected a positive duration", c.Shutdown)
	}
	return nil
}
