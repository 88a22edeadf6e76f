// Import list of package db in internal/db of crazy-max/diun (the import blocks of its non-test files; no code kept)
package db

import (
	_ "bytes"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/crazy-max/diun/v4/internal/model"
	_ "github.com/crazy-max/diun/v4/pkg/registry"
	_ "github.com/opencontainers/go-digest"
	_ "github.com/pkg/errors"
	_ "github.com/rs/zerolog/log"
	_ "go.etcd.io/bbolt"
	_ "go.etcd.io/bbolt/errors"
	_ "reflect"
	_ "time"
)
