// Import list of package config in internal/config of crazy-max/diun (the import blocks of its non-test files; no code kept)
package config

import (
	_ "github.com/crazy-max/diun/v4/internal/model"
	_ "github.com/crazy-max/gonfig"
	_ "github.com/go-playground/validator/v10"
	_ "github.com/pkg/errors"
	_ "github.com/rs/zerolog/log"
	_ "os"
	_ "path"
)
