// Import list of package configflag in pkg/config/flag of ncarlier/webhookd (the import blocks of its non-test files; no code kept)
package configflag

import (
	_ "flag"
	_ "fmt"
	_ "github.com/ncarlier/webhookd/pkg/helper"
	_ "os"
	_ "reflect"
	_ "strconv"
	_ "strings"
	_ "time"
)
