// Import list of package dockerfile in internal/provider/dockerfile of crazy-max/diun (the import blocks of its non-test files; no code kept)
package dockerfile

import (
	_ "github.com/bmatcuk/doublestar/v4"
	_ "github.com/crazy-max/diun/v4/internal/model"
	_ "github.com/crazy-max/diun/v4/internal/provider"
	_ "github.com/crazy-max/diun/v4/pkg/dockerfile"
	_ "github.com/rs/zerolog"
	_ "github.com/rs/zerolog/log"
	_ "reflect"
	_ "slices"
	_ "strings"
)
