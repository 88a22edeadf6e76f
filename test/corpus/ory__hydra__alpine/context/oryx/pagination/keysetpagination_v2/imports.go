// Import list of package keysetpagination in oryx/pagination/keysetpagination_v2 of ory/hydra (the import blocks of its non-test files; no code kept)
package keysetpagination

import (
	_ "cmp"
	_ "crypto/rand"
	_ "database/sql"
	_ "database/sql/driver"
	_ "encoding/base64"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/gofrs/uuid"
	_ "github.com/jmoiron/sqlx/reflectx"
	_ "github.com/ory/herodot"
	_ "github.com/ory/pop/v6"
	_ "github.com/ory/x/aead"
	_ "github.com/peterhellberg/link"
	_ "github.com/pkg/errors"
	_ "net/http"
	_ "net/url"
	_ "reflect"
	_ "strconv"
	_ "strings"
	_ "time"
)
