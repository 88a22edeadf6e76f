// Import list of package test in consent/test of ory/hydra (the import blocks of its non-test files; no code kept)
package test

import (
	_ "fmt"
	_ "github.com/gofrs/uuid"
	_ "github.com/ory/hydra/v2/client"
	_ "github.com/ory/hydra/v2/consent"
	_ "github.com/ory/hydra/v2/driver/config"
	_ "github.com/ory/hydra/v2/flow"
	_ "github.com/ory/hydra/v2/fosite"
	_ "github.com/ory/hydra/v2/fosite/handler/openid"
	_ "github.com/ory/hydra/v2/oauth2"
	_ "github.com/ory/hydra/v2/x"
	_ "github.com/ory/x/contextx"
	_ "github.com/ory/x/otelx"
	_ "github.com/ory/x/sqlcon"
	_ "github.com/ory/x/sqlxx"
	_ "github.com/ory/x/uuidx"
	_ "github.com/stretchr/testify/assert"
	_ "github.com/stretchr/testify/require"
	_ "testing"
	_ "time"
)
