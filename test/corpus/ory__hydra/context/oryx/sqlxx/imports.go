// Import list of package sqlxx in oryx/sqlxx of ory/hydra (the import blocks of its non-test files; no code kept)
package sqlxx

import (
	_ "database/sql"
	_ "database/sql/driver"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/pkg/errors"
	_ "github.com/tidwall/gjson"
	_ "net/url"
	_ "reflect"
	_ "slices"
	_ "strings"
	_ "time"
)
