// Import list of package contract in lib/ur/contract of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package contract

import (
	_ "database/sql/driver"
	_ "encoding/json"
	_ "errors"
	_ "github.com/syncthing/syncthing/lib/structutil"
	_ "reflect"
	_ "strconv"
	_ "time"
)
