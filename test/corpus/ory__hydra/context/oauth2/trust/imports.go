// Import list of package trust in oauth2/trust of ory/hydra (the import blocks of its non-test files; no code kept)
package trust

import (
	_ "context"
	_ "encoding/json"
	_ "github.com/go-jose/go-jose/v3"
	_ "github.com/gofrs/uuid"
	_ "github.com/ory/herodot"
	_ "github.com/ory/hydra/v2/driver/config"
	_ "github.com/ory/hydra/v2/fosite"
	_ "github.com/ory/hydra/v2/jwk"
	_ "github.com/ory/hydra/v2/x"
	_ "github.com/ory/x/httprouterx"
	_ "github.com/ory/x/httpx"
	_ "github.com/ory/x/josex"
	_ "github.com/ory/x/logrusx"
	_ "github.com/ory/x/pagination/keysetpagination_v2"
	_ "github.com/ory/x/sqlcon"
	_ "github.com/ory/x/urlx"
	_ "github.com/pkg/errors"
	_ "github.com/stretchr/testify/assert"
	_ "github.com/stretchr/testify/require"
	_ "net/http"
	_ "net/url"
	_ "sort"
	_ "testing"
	_ "time"
)
