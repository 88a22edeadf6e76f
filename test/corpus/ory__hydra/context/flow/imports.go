// Import list of package flow in flow of ory/hydra (the import blocks of its non-test files; no code kept)
package flow

import (
	_ "bytes"
	_ "compress/gzip"
	_ "context"
	_ "database/sql/driver"
	_ "encoding/json"
	_ "github.com/gofrs/uuid"
	_ "github.com/ory/hydra/v2/aead"
	_ "github.com/ory/hydra/v2/client"
	_ "github.com/ory/hydra/v2/driver/config"
	_ "github.com/ory/hydra/v2/fosite"
	_ "github.com/ory/hydra/v2/x"
	_ "github.com/ory/pop/v6"
	_ "github.com/ory/x/otelx"
	_ "github.com/ory/x/pointerx"
	_ "github.com/ory/x/sqlcon"
	_ "github.com/ory/x/sqlxx"
	_ "github.com/pkg/errors"
	_ "net/http"
	_ "time"
)
