// Import list of package model in server/http/model of fatedier/frp (the import blocks of its non-test files; no code kept)
package model

import (
	_ "github.com/fatedier/frp/pkg/config/v1"
)
