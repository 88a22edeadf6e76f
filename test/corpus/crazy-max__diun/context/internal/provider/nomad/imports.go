// Import list of package nomad in internal/provider/nomad of crazy-max/diun (the import blocks of its non-test files; no code kept)
package nomad

import (
	_ "dario.cat/mergo"
	_ "github.com/crazy-max/diun/v4/internal/model"
	_ "github.com/crazy-max/diun/v4/internal/provider"
	_ "github.com/hashicorp/nomad/api"
	_ "github.com/rs/zerolog"
	_ "github.com/rs/zerolog/log"
	_ "reflect"
	_ "strings"
)
