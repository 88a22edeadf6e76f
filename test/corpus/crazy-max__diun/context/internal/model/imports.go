// Import list of package model in internal/model of crazy-max/diun (the import blocks of its non-test files; no code kept)
package model

import (
	_ "github.com/PaulSonOfLars/gotgbot/v2"
	_ "github.com/crazy-max/diun/v4/pkg/registry"
	_ "github.com/pkg/errors"
	_ "strings"
	_ "time"
)
