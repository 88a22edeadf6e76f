// Import list of package model in client/http/model of fatedier/frp (the import blocks of its non-test files; no code kept)
package model

import (
	_ "fmt"
	_ "github.com/fatedier/frp/pkg/config/v1"
	_ "strings"
)
