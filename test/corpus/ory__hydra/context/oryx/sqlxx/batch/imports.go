// Import list of package batch in oryx/sqlxx/batch of ory/hydra (the import blocks of its non-test files; no code kept)
package batch

import (
	_ "context"
	_ "database/sql"
	_ "fmt"
	_ "github.com/gofrs/uuid"
	_ "github.com/jmoiron/sqlx/reflectx"
	_ "github.com/ory/pop/v6"
	_ "github.com/ory/x/dbal"
	_ "github.com/ory/x/otelx"
	_ "github.com/ory/x/sqlcon"
	_ "github.com/ory/x/sqlxx"
	_ "github.com/pkg/errors"
	_ "reflect"
	_ "sort"
	_ "strings"
	_ "time"
)
